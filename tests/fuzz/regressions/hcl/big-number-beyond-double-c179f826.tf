reso m{
  min     = 10.0.0.0/0
  max     = 100001e308
}