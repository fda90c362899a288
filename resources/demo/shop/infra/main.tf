# Harbor Shop on AWS: the services of docker-compose.yml on ECS Fargate — the storefront behind
# a public load balancer (api.harbor-shop.example), the order service and the fulfilment worker —
# with a PostgreSQL database, a Redis cache, an S3 bucket for invoices and product images, and an
# SQS queue from the order service to the fulfilment worker (RabbitMQ in the local stack).

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

locals {
  name = "harbor-shop-${var.environment}"
  tags = {
    Project     = "harbor-shop"
    Environment = var.environment
  }
  azs = ["${var.region}a", "${var.region}b"]
}

resource "aws_vpc" "main" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
  tags                 = merge(local.tags, { Name = local.name })
}

resource "aws_subnet" "public" {
  count                   = length(local.azs)
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone       = local.azs[count.index]
  map_public_ip_on_launch = true
  tags                    = merge(local.tags, { Tier = "public" })
}

resource "aws_subnet" "private" {
  count             = length(local.azs)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index + 10)
  availability_zone = local.azs[count.index]
  tags              = merge(local.tags, { Tier = "private" })
}

resource "aws_security_group" "alb" {
  name   = "${local.name}-alb"
  vpc_id = aws_vpc.main.id

  ingress {
    description = "HTTPS from anywhere"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "Plain HTTP, redirected"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "services" {
  name   = "${local.name}-services"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = [aws_security_group.alb.id]
  }

  # Left open during the migration; nobody closed it again.
  ingress {
    description = "SSH for debugging"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "data" {
  name   = "${local.name}-data"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.services.id]
  }

  ingress {
    from_port       = 6379
    to_port         = 6379
    protocol        = "tcp"
    security_groups = [aws_security_group.services.id]
  }
}

resource "aws_lb" "public" {
  name               = "${local.name}-alb"
  load_balancer_type = "application"
  internal           = false
  security_groups    = [aws_security_group.alb.id]
  subnets            = aws_subnet.public[*].id
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.public.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.storefront.arn
  }
}

resource "aws_lb_target_group" "storefront" {
  name     = "${local.name}-storefront"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_route53_zone" "public" {
  name = "harbor-shop.example"
}

resource "aws_route53_record" "api" {
  zone_id = aws_route53_zone.public.zone_id
  name    = "api.harbor-shop.example"
  type    = "A"
  alias {
    name                   = aws_lb.public.dns_name
    zone_id                = aws_lb.public.zone_id
    evaluate_target_health = true
  }
}

resource "aws_ecs_cluster" "shop" {
  name = local.name
}

resource "aws_ecs_service" "storefront" {
  name            = "storefront"
  cluster         = aws_ecs_cluster.shop.id
  task_definition = aws_ecs_task_definition.storefront.arn
  desired_count   = 2
  launch_type     = "FARGATE"
  network_configuration {
    subnets         = aws_subnet.private[*].id
    security_groups = [aws_security_group.services.id]
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.storefront.arn
    container_name   = "storefront"
    container_port   = 8080
  }
}

resource "aws_ecs_task_definition" "storefront" {
  family                   = "storefront"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name  = "storefront"
    image = "ghcr.io/harbor-shop/storefront:2.4.0"
    portMappings = [{ containerPort = 8080 }]
    environment = [
      { name = "DATABASE_URL", value = "postgres://shop:${var.db_password}@${aws_db_instance.orders.address}:5432/shop" },
      { name = "REDIS_URL", value = "redis://${aws_elasticache_cluster.sessions.cache_nodes[0].address}:6379" },
      { name = "INVOICE_BUCKET", value = aws_s3_bucket.invoices.bucket },
    ]
  }])
}

resource "aws_ecs_service" "orders" {
  name            = "orders"
  cluster         = aws_ecs_cluster.shop.id
  task_definition = aws_ecs_task_definition.orders.arn
  desired_count   = 2
  launch_type     = "FARGATE"
  network_configuration {
    subnets         = aws_subnet.private[*].id
    security_groups = [aws_security_group.services.id]
  }
}

resource "aws_ecs_task_definition" "orders" {
  family                   = "orders"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name  = "orders"
    image = "ghcr.io/harbor-shop/orders:2.4.0"
    portMappings = [{ containerPort = 8081 }]
    environment = [
      { name = "DATABASE_URL", value = "postgres://shop:${var.db_password}@${aws_db_instance.orders.address}:5432/shop" },
      { name = "QUEUE_URL", value = aws_sqs_queue.fulfilment.url },
    ]
  }])
}

resource "aws_ecs_service" "fulfilment" {
  name            = "fulfilment-worker"
  cluster         = aws_ecs_cluster.shop.id
  task_definition = aws_ecs_task_definition.fulfilment.arn
  desired_count   = 1
  launch_type     = "FARGATE"
  network_configuration {
    subnets         = aws_subnet.private[*].id
    security_groups = [aws_security_group.services.id]
  }
}

resource "aws_ecs_task_definition" "fulfilment" {
  family                   = "fulfilment-worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  execution_role_arn       = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name  = "fulfilment-worker"
    image = "ghcr.io/harbor-shop/fulfilment:2.4.0"
    environment = [
      { name = "QUEUE_URL", value = aws_sqs_queue.fulfilment.url },
    ]
  }])
}

resource "aws_db_instance" "orders" {
  identifier              = "${local.name}-orders"
  engine                  = "postgres"
  engine_version          = "15.4"
  instance_class          = "db.t3.medium"
  allocated_storage       = 50
  username                = "shop"
  password                = var.db_password
  storage_encrypted       = false
  backup_retention_period = 0
  publicly_accessible     = false
  vpc_security_group_ids  = [aws_security_group.data.id]
  skip_final_snapshot     = true
}

resource "aws_elasticache_cluster" "sessions" {
  cluster_id         = "${local.name}-sessions"
  engine             = "redis"
  node_type          = "cache.t3.micro"
  num_cache_nodes    = 1
  security_group_ids = [aws_security_group.data.id]
}

resource "aws_s3_bucket" "invoices" {
  bucket = "${local.name}-invoices"
  tags   = local.tags
}

resource "aws_s3_bucket_acl" "invoices" {
  bucket = aws_s3_bucket.invoices.id
  acl    = "public-read"
}

resource "aws_s3_bucket" "product_images" {
  bucket = "${local.name}-product-images"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "product_images" {
  bucket = aws_s3_bucket.product_images.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket_versioning" "product_images" {
  bucket = aws_s3_bucket.product_images.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_sqs_queue" "fulfilment" {
  name                    = "${local.name}-fulfilment"
  sqs_managed_sse_enabled = true
}

resource "aws_iam_role" "task" {
  name = "${local.name}-task"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "task" {
  name = "${local.name}-task"
  role = aws_iam_role.task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:*"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = ["sqs:SendMessage"]
        Resource = aws_sqs_queue.fulfilment.arn
      },
    ]
  })
}
