"""Envelope encryption: context binding, version prefix, shredding, rotation, rollback safety."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from receptionist.store.calls import CALL_FIELDS, CallRepository
from receptionist.store.crypto import FORMAT_V1, DecryptionError, ShreddedError
from receptionist.store.models import Call, DataKey, Tenant, Turn
from receptionist.store.rotation import rotate_tenant_key
from receptionist.store.service import Store

from .conftest import CALLER_NAME, make_call

SECRET = "Mrs Example's daughter has epilepsy"


def _encrypt(store: Store, tenant_id: str, call_id: str, **ctx: str) -> bytes:
    with store.sessions.begin() as session:
        return store.cipher.encrypt(
            session,
            tenant_id=tenant_id,
            call_id=call_id,
            data_class=ctx.get("data_class", "transcript"),
            field=ctx.get("field", "turn.text"),
            owner_id=ctx.get("owner_id", "turn-1"),
            value=SECRET,
        )


@pytest.mark.parametrize(
    "moved",
    [
        {"field": "call.caller_name"},  # same row, other field
        {"owner_id": "turn-2"},  # same field, other row
        {"call_id": "OTHER_CALL"},  # other call (other key)
        {"data_class": "summary"},  # other data class (other key)
    ],
)
def test_ciphertext_moved_to_another_context_fails(store: Store, tenant_id: str, moved: dict[str, str]) -> None:
    call_id = make_call(store, tenant_id)
    other_call = make_call(store, tenant_id)
    blob = _encrypt(store, tenant_id, call_id)
    ctx = {"tenant_id": tenant_id, "call_id": call_id, "data_class": "transcript", "field": "turn.text", "owner_id": "turn-1"}
    with store.sessions() as session:
        assert store.cipher.decrypt_str(session, blob=blob, **ctx) == SECRET  # type: ignore[arg-type]
        ctx.update(moved)
        if ctx["call_id"] == "OTHER_CALL":
            ctx["call_id"] = other_call
        with pytest.raises(DecryptionError) as err:
            store.cipher.decrypt(session, blob=blob, **ctx)  # type: ignore[arg-type]
    assert SECRET not in str(err.value) and "epilepsy" not in str(err.value)


def test_copying_a_name_into_another_call_row_fails(store: Store, tenant_id: str) -> None:
    first = make_call(store, tenant_id)
    second = make_call(store, tenant_id, name="Someone Else")
    with store.sessions.begin() as session:
        blob = session.scalar(select(Call.caller_name_enc).where(Call.id == first))
        session.execute(update(Call).where(Call.id == second).values(caller_name_enc=blob))
    with store.sessions.begin() as session:
        view = CallRepository(store).read_call(session, second, actor="t", reason="r")
    assert view.caller_name is None and view.unreadable == [f"{CALL_FIELDS['caller_name_enc']}:{second}"]


def test_version_prefix_and_tamper_detection(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    blob = _encrypt(store, tenant_id, call_id)
    assert blob[0] == FORMAT_V1 and SECRET.encode() not in blob
    ctx = {"tenant_id": tenant_id, "call_id": call_id, "data_class": "transcript", "field": "turn.text", "owner_id": "turn-1"}
    for bad in (bytes([2]) + blob[1:], blob[:-1] + bytes([blob[-1] ^ 1]), blob[:10]):
        with store.sessions() as session, pytest.raises(DecryptionError):
            store.cipher.decrypt(session, blob=bad, **ctx)  # type: ignore[arg-type]


def test_shredded_key_raises_shredded(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    with store.sessions.begin() as session:
        blob = session.scalars(select(Turn.text_enc).where(Turn.call_id == call_id, Turn.seq == 1)).one()
        turn_id = session.scalars(select(Turn.id).where(Turn.call_id == call_id, Turn.seq == 1)).one()
        store.cipher.shred(session, call_id=call_id, data_class="transcript")
    assert blob is not None
    with store.sessions() as session, pytest.raises(ShreddedError):
        store.cipher.decrypt(
            session, tenant_id=tenant_id, call_id=call_id, data_class="transcript", field="turn.text", owner_id=turn_id, blob=blob
        )


def test_rotation_rewraps_keys_without_touching_data(store: Store, tenant_id: str) -> None:
    call_id = make_call(store, tenant_id)
    with store.sessions() as session:
        before_data = session.scalars(select(Turn.text_enc).order_by(Turn.seq)).all()
        before_keys = {k: v for k, v in session.execute(select(DataKey.id, DataKey.wrapped_key))}
    for expected in (2, 3):
        with store.sessions.begin() as session:
            tenant = session.get(Tenant, tenant_id)
            assert tenant is not None
            result = rotate_tenant_key(session, store.keys, tenant=tenant, actor="test")
        assert result.new_version == expected and result.rewrapped == 3
    with store.sessions.begin() as session:
        assert session.scalars(select(Turn.text_enc).order_by(Turn.seq)).all() == before_data
        after_keys = {k: v for k, v in session.execute(select(DataKey.id, DataKey.wrapped_key))}
        assert set(session.scalars(select(DataKey.key_version))) == {3}
        view = CallRepository(store).read_call(session, call_id, actor="t", reason="r")
    assert all(after_keys[k] != before_keys[k] for k in before_keys)
    assert view.caller_name == CALLER_NAME
    # new calls after rotation use the new version
    make_call(store, tenant_id)
    with store.sessions() as session:
        assert set(session.scalars(select(DataKey.key_version))) == {3}


def test_rollback_drops_cached_keys(store: Store, tenant_id: str) -> None:
    call_id = "c" * 32
    with store.sessions() as session:
        store.cipher.encrypt(
            session, tenant_id=tenant_id, call_id=call_id, data_class="summary", field="f", owner_id="o", value="x"
        )
        session.rollback()  # the new data key row is gone; its cached copy must go too
        blob = store.cipher.encrypt(
            session, tenant_id=tenant_id, call_id=call_id, data_class="summary", field="f", owner_id="o", value="y"
        )
        session.commit()
    with store.sessions() as session:
        got = store.cipher.decrypt_str(
            session, tenant_id=tenant_id, call_id=call_id, data_class="summary", field="f", owner_id="o", blob=blob
        )
    assert got == "y"
