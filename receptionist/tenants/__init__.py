"""Demo tenant configurations shipped as package data (``<name>.yaml``)."""
