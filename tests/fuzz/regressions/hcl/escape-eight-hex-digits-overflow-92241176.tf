
vavariable "v1\UBBBBBBB1\uBBBBBBBBBBcpv6if _associ\[var.U0001B1\uBBBBBBBBBBcpF600_associ\U0001e soci
