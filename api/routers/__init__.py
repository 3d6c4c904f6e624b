"""API routers, one per area, mounted under /api/."""
