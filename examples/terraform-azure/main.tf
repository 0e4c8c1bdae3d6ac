# Demo: the Azure side of the shop, as it was left after a hurried migration.
# `plumb scan examples/terraform-azure` finds the problems; `plumb fix` repairs most of them.

provider "azurerm" {
  features {}
}

variable "location" {
  default = "westeurope"
}

resource "azurerm_resource_group" "shop" {
  name     = "rg-shop"
  location = var.location
}

resource "azurerm_storage_account" "media" {
  name                            = "stshopmedia"
  resource_group_name             = azurerm_resource_group.shop.name
  location                        = var.location
  account_tier                    = "Standard"
  account_replication_type        = "GRS"
  min_tls_version                 = "TLS1_1"
  allow_nested_items_to_be_public = true
}

resource "azurerm_storage_container" "backups" {
  name                  = "db-backups"
  storage_account_name  = azurerm_storage_account.media.name
  container_access_type = "blob"
}

resource "azurerm_network_security_group" "app" {
  name                = "nsg-app"
  location            = var.location
  resource_group_name = azurerm_resource_group.shop.name

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

resource "azurerm_mssql_server" "orders" {
  name                = "sql-shop-orders"
  resource_group_name = azurerm_resource_group.shop.name
  location            = var.location
  version             = "12.0"
  minimum_tls_version = "1.1"

  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000000"
    azuread_authentication_only = true
  }
}

resource "azurerm_mssql_firewall_rule" "anywhere" {
  name             = "anywhere"
  server_id        = azurerm_mssql_server.orders.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_key_vault" "shop" {
  name                = "kv-shop"
  location            = var.location
  resource_group_name = azurerm_resource_group.shop.name
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_linux_web_app" "storefront" {
  name                = "app-storefront"
  resource_group_name = azurerm_resource_group.shop.name
  location            = var.location
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shop/providers/Microsoft.Web/serverFarms/asp-shop"

  site_config {
    ftps_state = "AllAllowed"
  }
}
