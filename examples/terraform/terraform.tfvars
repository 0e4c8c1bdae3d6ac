project       = "demo"
assets_public = true
admin_cidrs   = ["0.0.0.0/0"]
