"""What the API routes and the pages both do, written once."""
