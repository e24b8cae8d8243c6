"""Operations telemetry: Prometheus metrics, structured JSON logs and optional traces.

None of it carries personal data: label values are short machine tokens
(:mod:`~receptionist.observability.labels`), log ``extra`` keys and span attributes are
allow-listed, and rendered log text is scrubbed of numbers and e-mail addresses.
"""
