resource "a" "b" {
  x = <<EOT
  never closed
