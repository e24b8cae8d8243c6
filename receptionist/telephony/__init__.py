"""Telephony edge: Twilio webhooks, signature checks, SIP transfer and LiveKit SIP setup."""
