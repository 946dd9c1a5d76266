"""Delta sync with headquarters: wire protocol, the device client and the HQ server (no Qt)."""
