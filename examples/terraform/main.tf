# Demo: a small, deliberately misconfigured AWS stack. `plumb scan examples/terraform`.
terraform {
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

module "assets" {
  source      = "./modules/bucket"
  name        = "${var.project}-assets"
  public_read = var.assets_public
}

module "backups" {
  source = "./modules/bucket"
  name   = "${var.project}-backups"
}

resource "aws_security_group" "admin" {
  name        = "${var.project}-admin"
  description = "Admin access"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = var.admin_cidrs
  }
}

resource "aws_db_instance" "app" {
  identifier          = "${var.project}-db"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = var.db_password
  publicly_accessible = true
  storage_encrypted   = false
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
}
