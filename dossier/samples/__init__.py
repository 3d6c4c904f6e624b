"""Sample dossiers the project builds itself: documents, scanner simulation, assembly, ground truth."""
