x = a # ìßß tail
y = [
  1, # ÿş
  2]
z = [for v in var.l : v # ìßß
]
w = var.c ? 1 /* À¯ */ : 2
