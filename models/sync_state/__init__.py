"""The device's side of sync: outbox questions, conflicts, sync history."""
