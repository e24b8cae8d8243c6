"""The admin API and web app: client admins, staff, safeguarding leads and auditors."""
