"""Corpus cases on iovox (XML over HTTPS): operations, arguments, records sent and read, enums, errors, auth."""

from __future__ import annotations

from tests.unit.diff.corpus import case

S = "iovox.yaml"
CC_LIST = '      - {name: cc_list, in: body, type: "csv[string]", description: E-mail addresses copied on the order.}\n'
ORDER = (
    '      - {name: order, in: query, type: string, pattern: "^[A-Za-z_]+_(ASC|DESC)$", description: "Sort order,'
    ' such as vnpd_DESC."}\n'
)
NOTE = "      - {name: note, in: query, type: string, description: A note.}\n"
DELETE = """\
  deleteVoxnumbersFromAccount:
    description: Release VoxNumbers from the account.
    http_method: DELETE
    path: /Voxnumbers
    query: {v: "3", method: deleteVoxnumbersFromAccount}
    mutates: true
    success_status: [204]
    params:
      - {name: full_voxnumbers, in: query, type: "csv[string]", required: true, min_items: 1, max_items: 100, item_pattern: "^[1-9][0-9]{6,14}$", description: "The numbers to release, E.164 without the plus sign, at most 100."}
      - {name: rm_if_in_use, in: query, type: boolean, description: Release numbers even when they are in use.}
"""
BALANCE = """\
  getBalance:
    description: Get the account balance.
    http_method: GET
    path: /Account
    query: {v: "3", method: getBalance}
"""
CITY_NAME = '      - {name: city_name, type: string, min_length: 1, description: "The city, spelled as getVoxnumberRegions returns it."}\n'
QUANTITY = "{name: quantity, type: integer, required: true, minimum: 1, maximum: 250,"
COST = "      - {name: cost, type: decimal, description: The cost of a number in the region.}\n"
SERVER_ERROR = """\
    - name: ServerError
      description: The carrier or a gateway in front of it failed; retry later.
      match: {http_status: [500, 502, 503, 504]}
"""
INTERNAL = "    - code: internal_server_error\n      message: Internal Server Error\n      http_status: 500\n"
USERNAME = "      - name: username\n        wire: username\n        description: The iovox account user name.\n"

CASES = [
    case("operation-added", S, [(DELETE, DELETE + BALANCE)], "operations:", "getBalance:"),
    case("operation-removed", S, [(DELETE, "")], "deleteVoxnumbersFromAccount:", "operations:"),
    case(
        "operation-endpoint-changed",
        S,
        [('path: /Voxnumbers\n    query: {v: "3", method: getVoxnumbers}', 'path: /v4/Voxnumbers\n    query: {v: "3", method: getVoxnumbers}')],
        "path: /Voxnumbers",
        "path: /v4/Voxnumbers",
    ),
    case("operation-encoding-changed", S, [("xml_root: request}", "xml_root: order}")], "xml_root: request", "xml_root: order"),
    case("operation-success-status-added", S, [("success_status: [204]", "success_status: [200, 204]")], "success_status: [204]", "[200, 204]"),
    case("operation-success-status-removed", S, [("success_status: [201]", "success_status: [200]")], "success_status: [201]", "success_status: [200]"),
    case("operation-no-longer-mutating", S, [("    mutates: true\n    success_status: [201]", "    success_status: [201]")], "mutates: true", "purchaseVoxNumbers:"),
    case(
        "operation-now-mutating",
        S,
        [('    query: {v: "3", method: getVoxnumbers}\n', '    query: {v: "3", method: getVoxnumbers}\n    mutates: true\n')],
        "getVoxnumbers:",
        "mutates: true",
    ),
    case("operation-result-changed", S, [("response: {type: VoxnumberPage,", "response: {type: RegionPage,")], "VoxnumberPage", "RegionPage"),
    case("operation-result-removed", S, [("    response: {type: PurchaseResult, xml_root: response}\n", "")], "response: {type: PurchaseResult", "purchaseVoxNumbers:"),
    case(
        "operation-result-added",
        S,
        [(DELETE, DELETE + "    response: {type: Voxnumber, xml_root: response}\n")],
        "deleteVoxnumbersFromAccount:",
        "response: {type: Voxnumber",
    ),
    case(
        "operation-paging-removed",
        S,
        [('    query: {v: "3", method: getVoxnumbers}\n    page_param: page\n', '    query: {v: "3", method: getVoxnumbers}\n')],
        "page_param: page",
        "getVoxnumbers:",
    ),
    case(
        "operation-paging-added",
        S,
        [],
        "getVoxnumbers:",
        "page_param: page",
        before=[('    query: {v: "3", method: getVoxnumbers}\n    page_param: page\n', '    query: {v: "3", method: getVoxnumbers}\n')],
    ),
    case("description-changed", S, [("List the VoxNumbers held by the account", "List every VoxNumber of the account")], "List the VoxNumbers", "List every VoxNumber"),
    case("request-param-removed", S, [(CC_LIST, "")], "name: cc_list", "params:"),
    case("request-param-added", S, [(ORDER, ORDER + NOTE)], "params:", "name: note"),
    case("request-param-added-required", S, [(ORDER, ORDER + NOTE.replace("type: string,", "type: string, required: true,"))], "params:", "name: note"),
    case(
        "request-param-became-required",
        S,
        [("{name: voxnumber_city, in: query, type: string,", "{name: voxnumber_city, in: query, type: string, required: true,")],
        "name: voxnumber_city",
        "name: voxnumber_city",
    ),
    case(
        "request-param-became-optional",
        S,
        [('type: "csv[string]", required: true, min_items: 1, max_items: 100', 'type: "csv[string]", min_items: 1, max_items: 100')],
        "name: full_voxnumbers",
        "name: full_voxnumbers",
    ),
    case(
        "request-param-type-changed",
        S,
        [("{name: voxnumber_country, in: query, type: string,", "{name: voxnumber_country, in: query, type: integer,")],
        "voxnumber_country",
        "voxnumber_country",
    ),
    case(
        "request-param-wire-changed",
        S,
        [("{name: rm_if_in_use, in: query, type: boolean,", '{name: rm_if_in_use, in: query, type: boolean, booleans: {true_value: "yes", false_value: "no"},')],
        "name: rm_if_in_use",
        "booleans:",
    ),
    case("request-param-default-changed", S, [("type: boolean, default: false,", "type: boolean, default: true,")], "default: false", "default: true"),
    case(
        "request-param-constraint-tightened",
        S,
        [("maximum: 20000, description: Numbers per page.", "maximum: 500, description: Numbers per page.")],
        "maximum: 20000, description: Numbers per page.",
        "maximum: 500",
    ),
    case("request-param-constraint-loosened", S, [("max_items: 100,", "max_items: 500,")], "max_items: 100", "max_items: 500"),
    case(
        "request-param-pattern-changed",
        S,
        [('{name: voxnumber, in: query, type: string, pattern: "^[0-9]+$"', '{name: voxnumber, in: query, type: string, pattern: "^[0-9]{6,15}$"')],
        '"^[0-9]+$", description: Only this number.',
        "^[0-9]{6,15}$",
    ),
    case("request-field-removed", S, [(CITY_NAME, "")], "name: city_name", "fields:"),
    case(
        "request-field-added",
        S,
        [(CITY_NAME, CITY_NAME + "      - {name: district, type: string, description: The district.}\n")],
        "fields:",
        "name: district",
    ),
    case(
        "request-field-added-required",
        S,
        [(CITY_NAME, CITY_NAME + "      - {name: district, type: string, required: true, description: The district.}\n")],
        "fields:",
        "name: district",
    ),
    case("request-field-became-required", S, [("{name: post_code, type: string,", "{name: post_code, type: string, required: true,")], "post_code", "post_code"),
    case("request-field-became-optional", S, [(QUANTITY, "{name: quantity, type: integer, minimum: 1, maximum: 250,")], "name: quantity", "name: quantity"),
    case(
        "request-field-type-changed",
        S,
        [("{name: building_number, type: integer, required: true, minimum: 0,", "{name: building_number, type: string, required: true,")],
        "building_number",
        "building_number",
    ),
    case("request-field-wire-changed", S, [("{name: country_code, type: integer, required: true, minimum: 1,", "{name: countryCode, type: integer, required: true, minimum: 1,")], "name: country_code", "name: countryCode"),
    case(
        "request-field-default-changed",
        S,
        [("{name: area_code, type: integer, minimum: 0, description: The area code of the region to buy in.}", "{name: area_code, type: integer, minimum: 0, default: 0, description: The area code of the region to buy in.}")],
        "name: area_code",
        "default: 0",
    ),
    case("request-field-constraint-tightened", S, [(QUANTITY, QUANTITY.replace("250", "100"))], "maximum: 250", "maximum: 100"),
    case("request-field-constraint-loosened", S, [(QUANTITY, QUANTITY.replace("minimum: 1", "minimum: 0"))], "minimum: 1, maximum: 250", "minimum: 0"),
    case("response-field-removed", S, [(COST, "")], "name: cost", "fields:"),
    case("response-field-added", S, [(COST, COST + "      - {name: currency, type: string, description: The currency.}\n")], "fields:", "name: currency"),
    case("response-field-became-optional", S, [("{name: order_status, type: OrderStatus, required: true, description: PENDING or FULFILLED.}", "{name: order_status, type: OrderStatus, description: PENDING or FULFILLED.}")], "name: order_status", "name: order_status"),
    case("response-field-became-required", S, [("{name: country_name, type: string, description: The name of the country.}", "{name: country_name, type: string, required: true, description: The name of the country.}")], "country_name", "country_name"),
    case("response-field-type-changed", S, [("{name: cost, type: decimal,", "{name: cost, type: string,")], "type: decimal", "type: string"),
    case("response-field-wire-changed", S, [('"list[Region]", xml_item: result,', '"list[Region]", xml_item: region,')], "xml_item: result", "xml_item: region"),
    case("request-enum-value-removed", S, [("enum: [ac, cc, con, stn, cin, ct]", "enum: [ac, cc, con, stn, cin]")], "enum: [ac, cc, con, stn, cin, ct]", "enum: [ac, cc, con, stn, cin]"),
    case("request-enum-value-added", S, [("enum: [ac, cc, con, stn, cin, ct]", "enum: [ac, cc, con, stn, cin, ct, zip]")], "enum: [ac, cc, con, stn, cin, ct]", "zip"),
    case("response-enum-value-added", S, [("enum: [PENDING, FULFILLED]", "enum: [PENDING, FULFILLED, CANCELLED]")], "enum: [PENDING, FULFILLED]", "CANCELLED"),
    case("response-enum-value-removed", S, [("enum: [PENDING, FULFILLED]", "enum: [FULFILLED]")], "enum: [PENDING, FULFILLED]", "enum: [FULFILLED]"),
    case("type-added", S, [("types:\n", "types:\n  Tier:\n    description: A price tier.\n    enum: [GOLD, SILVER]\n")], "types:", "Tier:"),
    case(
        "type-removed",
        S,
        [
            ("  AssignedStatus:\n    description: Whether a VoxNumber is assigned to a link.\n    enum: [ASSIGNED, UNASSIGNED]\n", ""),
            ("type: AssignedStatus, description: Only ASSIGNED", "type: string, description: Only ASSIGNED"),
            ("type: AssignedStatus, description: ASSIGNED or", "type: string, description: ASSIGNED or"),
        ],
        "AssignedStatus:",
        "types:",
    ),
    case(
        "type-kind-changed",
        S,
        [("types:\n", "types:\n  Tier:\n    description: A price tier.\n    fields:\n      - {name: name, type: string, description: Its name.}\n")],
        "Tier:",
        "Tier:",
        before=[("types:\n", "types:\n  Tier:\n    description: A price tier.\n    enum: [GOLD, SILVER]\n")],
    ),
    case("request-rule-removed", S, [('    rules:\n      - {require: area_code, unless: post_code, message: "Area Code Empty (area_code is required unless post_code is given)"}\n', "")], "require: area_code", "PurchaseItem:"),
    case("request-rule-message-changed", S, [('message: "Area Code Empty (area_code is required unless post_code is given)"', 'message: "Area Code Empty"')], "require: area_code", 'message: "Area Code Empty"'),
    case("request-rule-added", S, [(ORDER, ORDER + "    rules:\n      - {exclusive: [voxnumber, voxnumber_city]}\n")], "getVoxnumbers:", "exclusive:"),
    case("error-code-added", S, [("  rate_limits: []\n", "    - code: quota_exceeded\n      message: Quota Exceeded\n      http_status: 400\n  rate_limits: []\n")], "errors:", "code: quota_exceeded"),
    case("error-code-removed", S, [(INTERNAL + "      resolution: Retry later.\n", "")], "code: internal_server_error", "errors:"),
    case("error-message-changed", S, [("message: API Version Empty", "message: API version is empty")], "message: API Version Empty", "message: API version is empty"),
    case("error-http-status-changed", S, [(INTERNAL, INTERNAL.replace("500", "503"))], "http_status: 500", "http_status: 503"),
    case("error-code-reclassified", S, [(INTERNAL, INTERNAL.replace("500", "400"))], "code: internal_server_error", "code: internal_server_error"),
    case("error-class-removed", S, [(SERVER_ERROR, "")], "name: ServerError", "error_families:"),
    case("error-class-added", S, [(SERVER_ERROR, SERVER_ERROR + "    - name: QuotaError\n      description: Over quota.\n      match: {http_status: 402}\n")], "error_families:", "name: QuotaError"),
    case("credential-added", S, [(USERNAME, USERNAME + "      - name: accountId\n        wire: accountId\n        description: The account.\n")], "credentials:", "name: accountId"),
    case("credential-removed", S, [(USERNAME, "")], "name: username", "credentials:"),
    case("credential-renamed", S, [("      - name: secureKey\n", "      - name: key\n")], "name: secureKey", "name: key"),
    case("credential-wire-name-changed", S, [("        wire: username\n", "        wire: user\n")], "wire: username", "wire: user"),
    case("credential-no-longer-secret", S, [("        secret: true\n", "")], "secret: true", "name: secureKey"),
    case("credential-now-secret", S, [(USERNAME, USERNAME.replace("        description", "        secret: true\n        description"))], "name: username", "secret: true"),
    case("credential-pattern-changed", S, [('"^[0-9a-fA-F]{32}$"', '"^[0-9a-fA-F]{40}$"'), ('"0123456789abcdef0123456789abcdef"', '"0123456789abcdef0123456789abcdef01234567"')], "{32}", "{40}"),
    case("credential-became-optional", S, [("    credentials:\n", "    rules:\n      - {one_of: [username, secureKey]}\n    credentials:\n")], "name: username", "name: username"),
    case("auth-location-changed", S, [("    location: header\n", "    location: query\n")], "location: header", "location: query"),
    case("base-url-removed", S, [("    sandbox: https://sandboxapi.iovox.com:444\n", "")], "sandbox:", "base_urls:"),
    case("base-url-changed", S, [("production: https://api.iovox.com:444", "production: https://api2.iovox.com")], "production:", "production:"),
    case("wire-format-changed", S, [('booleans: {true_value: "TRUE", false_value: "FALSE"}', 'booleans: {true_value: "true", false_value: "false"}')], "booleans:", "booleans:"),
    case("description-changed", S, [("  title: iovox\n", "  title: iovox Numbers\n")], "title: iovox", "title: iovox Numbers"),
    case("callback-added", S, [("    xml_root: order\n", "    xml_root: order\n  port:\n    description: A port finished.\n    type: Voxnumber\n    xml_root: voxnumber\n")], "callbacks:", "port:"),
    case("callback-type-changed", S, [("    type: OrderCallback\n", "    type: PurchaseResult\n")], "type: OrderCallback", "type: PurchaseResult"),
    case("callback-wire-changed", S, [("    xml_root: order\n", "    xml_root: update\n")], "xml_root: order", "xml_root: update"),
    case("sdk-version-not-bumped", S, [(CC_LIST, "")], "sdk_version: 0.1.0", "sdk_version: 0.1.0"),
]  # fmt: skip
