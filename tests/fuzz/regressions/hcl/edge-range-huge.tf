locals {
  a = range(0, 1e15)
  b = length(range(-1e9, 1e9, 0.5))
  c = format("%999999999d", 1)
  d = slice([1,2,3], 2, 1)
  e = element([], 5)
  f = flatten([[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]])
  g = zipmap(["a","a"], [1])
  h = 1 / 0
  i = -9223372036854775808 % -1
}
