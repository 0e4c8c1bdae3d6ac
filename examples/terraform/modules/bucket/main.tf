variable "name" {
  type = string
}

variable "public_read" {
  type    = bool
  default = false
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = !var.public_read
  block_public_policy     = true
  ignore_public_acls      = !var.public_read
  restrict_public_buckets = true
}

resource "aws_s3_bucket_acl" "this" {
  bucket = aws_s3_bucket.this.id
  acl    = var.public_read ? "public-read" : "private"
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
