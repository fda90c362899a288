locals {
  a = "${"${"${x}"}"}%{ for k, v in var.m }${k}%{ if v }y%{ else }n%{ endif }%{ endfor }"
  b = <<-EOT
    ${upper(format("%s%d", "x", 1e308))}
    EOT
  c = [for i in range(100000) : i if i % 2 == 0]
  d = {for k, v in {a = 1} : k => v...}
  e = var.x[*].y.*.z
  f = cidrsubnet("10.0.0.0/8", 200, -1)
  g = jsondecode("[[[[[[[[[[1]]]]]]]]]]")
  h = replace("aaaa", "/a*/", "$1$1$1$1")
  i = substr("héllo", -3, 99999999999)
}
