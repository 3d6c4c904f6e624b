"""DOCX templates, one per document type (`<code>.docx`), editable in Word/WPS; built by `_build.py`."""
