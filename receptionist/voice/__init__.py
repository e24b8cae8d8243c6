"""The voice worker: a thin LiveKit Agents adapter over the call core, with in-process recording."""
