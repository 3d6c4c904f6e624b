"""The use cases, one function each, that the command line and the service both call.

`dossier.cli` and `api` only parse their input, call one of these and print or answer the result, so a
filing check (or a closing check, a dossier check, one document, a batch) gives the same result from
either. A use case reads the files it is given and writes the outputs it is asked for, nothing else.
"""
