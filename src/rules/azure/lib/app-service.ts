/** App Service and Function App resource types, current (v3+) and legacy (v2). */
export const WEB_APPS: readonly string[] = [
  'azurerm_linux_web_app',
  'azurerm_windows_web_app',
  'azurerm_linux_web_app_slot',
  'azurerm_windows_web_app_slot',
  'azurerm_linux_function_app',
  'azurerm_windows_function_app',
  'azurerm_linux_function_app_slot',
  'azurerm_windows_function_app_slot',
];

export const LEGACY_WEB_APPS: readonly string[] = [
  'azurerm_app_service',
  'azurerm_app_service_slot',
  'azurerm_function_app',
  'azurerm_function_app_slot',
];

export const ALL_WEB_APPS: readonly string[] = [...WEB_APPS, ...LEGACY_WEB_APPS];
