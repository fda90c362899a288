variable "region" {
  type    = string
  default = "eu-central-1"
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "db_password" {
  description = "Password of the orders database"
  type        = string
  # A default keeps local plans working; it also ships the password in the repository.
  default   = "Harbor-Shop-2024!"
  sensitive = true
}
