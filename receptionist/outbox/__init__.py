"""The transactional outbox and its dispatcher."""
