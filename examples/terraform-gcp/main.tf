# Demo: the analytics project on Google Cloud, set up quickly "just for the pilot".
# `plumb scan examples/terraform-gcp` finds the problems; `plumb fix` repairs most of them.

provider "google" {
  project = "acme-analytics"
  region  = "europe-west1"
}

resource "google_storage_bucket" "reports" {
  name     = "acme-analytics-reports"
  location = "EU"
}

resource "google_storage_bucket_iam_member" "share_with_partner" {
  bucket = google_storage_bucket.reports.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh"
  network = "default"

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }

  source_ranges = ["0.0.0.0/0"]
}

resource "google_sql_database_instance" "warehouse" {
  name             = "warehouse"
  database_version = "POSTGRES_16"
  region           = "europe-west1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = true

      authorized_networks {
        name  = "anywhere"
        value = "0.0.0.0/0"
      }
    }

    database_flags {
      name  = "log_connections"
      value = "off"
    }
  }
}

resource "google_container_cluster" "pilot" {
  name               = "pilot"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = true
}

resource "google_compute_instance" "notebook" {
  name         = "notebook"
  machine_type = "e2-standard-4"
  zone         = "europe-west1-b"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
    access_config {}
  }

  metadata = {
    serial-port-enable = "true"
  }

  service_account {
    scopes = ["cloud-platform"]
  }
}

resource "google_kms_key_ring" "analytics" {
  name     = "analytics"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "warehouse" {
  name            = "warehouse"
  key_ring        = google_kms_key_ring.analytics.id
  rotation_period = "31536000s"
}
