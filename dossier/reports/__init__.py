"""Reports the system composes itself: PDF with reportlab, HTML with Jinja2, the 卷内目录."""
