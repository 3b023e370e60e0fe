# Preflight: writes Leighton-Linslade Town Council's settings for Google Chrome and Microsoft Edge.
# For an Intune platform script (run as SYSTEM, 64-bit PowerShell) or any tool that runs one.
# Replace oigmngmkggfjgafcpgbkbkkclnlcnoib with Preflight's extension id first. See docs/admin-guide.md.
$ErrorActionPreference = 'Stop'
$extensionId = 'oigmngmkggfjgafcpgbkbkkclnlcnoib'
$config = @'
{
  "organisation": {
    "name": "Leighton-Linslade Town Council",
    "aliases": [
      "Leighton Linslade Town Council",
      "LLTC",
      "Leighton Linslade TC",
      "Leighton-Linslade TC"
    ],
    "places": [
      "Leighton Buzzard",
      "Linslade",
      "Leighton-Linslade"
    ],
    "emailDomains": [
      "leightonlinslade-tc.gov.uk"
    ],
    "officialAccounts": [
      "LLTownCouncil"
    ]
  },
  "colleagues": [
    "Tom Reed",
    "Priya Shah"
  ],
  "organisations": [
    {
      "name": "Greenway Grounds Ltd",
      "aliases": [
        "Greenway"
      ],
      "approved": false
    },
    {
      "name": "Bedfordshire Fire and Rescue",
      "approved": true,
      "approvedUntil": "2027-03-31"
    }
  ],
  "publicContacts": [
    "01525 631920",
    "info@leightonlinslade-tc.gov.uk",
    "The White House, Hockliffe Street"
  ],
  "lexicon": {
    "derogatory": [],
    "allow": []
  },
  "rules": {},
  "enforcement": "block",
  "forums": [
    "forum.example.org"
  ]
}
'@ | ConvertFrom-Json
$keys = @(
  "HKLM:\SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\$extensionId\policy",
  "HKLM:\SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\$extensionId\policy"
)
foreach ($key in $keys) {
  # Start clean, so a setting taken out of $config goes back to the default.
  if (Test-Path $key) { Remove-Item -Path $key -Recurse -Force }
  New-Item -Path $key -Force | Out-Null
  foreach ($setting in $config.PSObject.Properties) {
    # Text stays text; lists and objects are written as JSON text, as Chrome and Edge expect.
    if ($setting.Value -is [string]) { $data = $setting.Value }
    else { $data = ConvertTo-Json -InputObject $setting.Value -Depth 10 -Compress }
    New-ItemProperty -Path $key -Name $setting.Name -Value $data -PropertyType String -Force | Out-Null
  }
}
