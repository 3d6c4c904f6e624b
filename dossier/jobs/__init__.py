"""Durable jobs: persisted in the database, claimed atomically with a lease, retried after a crash."""

from dossier.jobs.queue import ClaimedJob, claim, enqueue
from dossier.jobs.worker import JobContext, JobInterrupted, Worker

__all__ = ["ClaimedJob", "JobContext", "JobInterrupted", "Worker", "claim", "enqueue"]
