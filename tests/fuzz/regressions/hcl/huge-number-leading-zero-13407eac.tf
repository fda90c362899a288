reso m{
  min     = 10.0.0.0/0
  max     = 05e0300008
}