"""The call core: one transport-agnostic call flow for voice, console and simulated calls.

Start at :mod:`receptionist.core.session` (the per-call core), :mod:`receptionist.core.agent`
(the LiveKit ``Agent`` every transport runs) and :mod:`receptionist.core.config` (tenant
configuration).
"""
