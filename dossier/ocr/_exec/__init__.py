"""Every external program the scan pipeline runs lives behind one module here."""
