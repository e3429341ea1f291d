"""The acts only a DPO may do, refused by the server itself to anyone else, `psql` included.

What the window and services/ refuse (services/members.py lists the DPO's acts), said in the
server's own terms:

- **extend a deadline**: the request's columns extended, extension_reason, extended_on (trigger);
- **refuse a request** (in whole or in part), or withdraw it as logged in error: a request entering
  the statuses refused, partially_refused, logged_in_error (trigger), and the answer facts that
  decide one: "unfounded" (Art. 12(5)), an erasure with data kept, an objection overridden (trigger);
- **write, keep or send the letters notifying them** (extension_notice, refusal, partial_refusal,
  manifestly_unfounded): any INSERT, UPDATE or DELETE of such a letter (trigger), and the request's
  extension_notified_on, set when the extension notice is sent (trigger);
- **purge**: the request's purged_on (trigger), deleting requests and people (grants: DELETE is
  the DPO's), and the redaction of the history's details, by `dpo_desk_redact_history(request)`
  only (SECURITY DEFINER, DPOs only): the one exception to the append-only history;
- **change settings**: organisation, meta, mailbox, letter_template, processing_activity are
  written by DPOs only (grants, schema.DPO_WRITES);
- **manage members**: the member table (grants), and who sees which organisation, through
  `dpo_desk_grant_member(login, role, organisations)` only (SECURITY DEFINER, DPOs only; the
  database's owner must hold CREATEROLE for it to create a login).

"A DPO" is a login granted dpo_desk_dpo, checked with pg_has_role(session_user, …): SET ROLE
does not change it. The database's owner, who sets the server up and moves case files onto it,
passes too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .history import MAY_DECIDE, run_ddl

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

DECISION_STATUSES = ("refused", "partially_refused", "logged_in_error")
DECISION_LETTERS = ("extension_notice", "refusal", "partial_refusal", "manifestly_unfounded")
DECISION_FACTS = ("unfounded",)


def _fact_decides(row: str) -> str:
    """Whether an answer_fact row (NEW or OLD) records a DPO's decision (services/answers.py)."""
    return (
        f"({row}.kind IN ({_sql_list(DECISION_FACTS)}) "
        f"OR ({row}.kind = 'erasure' AND json_array_length(coalesce({row}.data -> 'kept', '[]'::json)) > 0) "
        f"OR ({row}.kind = 'objection' AND {row}.data ->> 'outcome' = 'continues'))"
    )


REQUEST_DPO_COLUMNS = ("extended", "extension_reason", "extended_on", "extension_notified_on", "purged_on")
REDACT = "dpo_desk_redact_history"
GRANT_MEMBER = "dpo_desk_grant_member"
REDACTED_JSON = '{"redacted":true}'  # domain/hashchain.REDACTED_JSON, as the append-only trigger compares it


def _sql_list(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


def _refuse(what: str) -> str:
    return f"RAISE EXCEPTION 'only a DPO can {what}' USING ERRCODE = 'insufficient_privilege';"


def statements(staff: str, dpo: str) -> list[str]:
    """The triggers and functions (re-runnable)."""
    return [
        f"""CREATE OR REPLACE FUNCTION dpo_desk_request_acts() RETURNS trigger LANGUAGE plpgsql
        SET search_path = public, pg_temp AS $$ BEGIN
            IF {MAY_DECIDE}() THEN RETURN NEW; END IF;
            IF TG_OP = 'INSERT' THEN
                IF NEW.extended OR NEW.extended_on IS NOT NULL OR NEW.extension_notified_on IS NOT NULL
                   OR NEW.purged_on IS NOT NULL THEN {_refuse("extend a deadline or purge a case")} END IF;
                IF NEW.status IN ({_sql_list(DECISION_STATUSES)}) THEN {_refuse("refuse a request")} END IF;
                RETURN NEW;
            END IF;
            IF NEW.extended IS DISTINCT FROM OLD.extended OR NEW.extension_reason IS DISTINCT FROM OLD.extension_reason
               OR NEW.extended_on IS DISTINCT FROM OLD.extended_on THEN {_refuse("extend a deadline")} END IF;
            IF NEW.extension_notified_on IS DISTINCT FROM OLD.extension_notified_on THEN
                {_refuse("send the letter that notifies an extension")} END IF;
            IF NEW.purged_on IS DISTINCT FROM OLD.purged_on THEN {_refuse("purge a case")} END IF;
            IF NEW.status IS DISTINCT FROM OLD.status AND NEW.status IN ({_sql_list(DECISION_STATUSES)}) THEN
                {_refuse("refuse a request")} END IF;
            RETURN NEW;
        END $$""",
        "DROP TRIGGER IF EXISTS dpo_desk_request_acts ON request",
        "CREATE TRIGGER dpo_desk_request_acts BEFORE INSERT OR UPDATE ON request "
        "FOR EACH ROW EXECUTE FUNCTION dpo_desk_request_acts()",
        f"""CREATE OR REPLACE FUNCTION dpo_desk_letter_acts() RETURNS trigger LANGUAGE plpgsql
        SET search_path = public, pg_temp AS $$ BEGIN
            IF {MAY_DECIDE}() THEN RETURN coalesce(NEW, OLD); END IF;
            IF (TG_OP <> 'INSERT' AND OLD.kind IN ({_sql_list(DECISION_LETTERS)}))
               OR (TG_OP <> 'DELETE' AND NEW.kind IN ({_sql_list(DECISION_LETTERS)})) THEN
                {_refuse("write, keep or send the letter that notifies an extension or a refusal")}
            END IF;
            RETURN coalesce(NEW, OLD);
        END $$""",
        "DROP TRIGGER IF EXISTS dpo_desk_letter_acts ON letter",
        "CREATE TRIGGER dpo_desk_letter_acts BEFORE INSERT OR UPDATE OR DELETE ON letter "
        "FOR EACH ROW EXECUTE FUNCTION dpo_desk_letter_acts()",
        f"""CREATE OR REPLACE FUNCTION dpo_desk_answer_acts() RETURNS trigger LANGUAGE plpgsql
        SET search_path = public, pg_temp AS $$ BEGIN
            IF {MAY_DECIDE}() THEN RETURN coalesce(NEW, OLD); END IF;
            IF (TG_OP <> 'INSERT' AND {_fact_decides("OLD")}) OR (TG_OP <> 'DELETE' AND {_fact_decides("NEW")}) THEN
                {_refuse("decide to refuse in part: unfounded, data kept, processing continued")}
            END IF;
            RETURN coalesce(NEW, OLD);
        END $$""",
        "DROP TRIGGER IF EXISTS dpo_desk_answer_acts ON answer_fact",
        "CREATE TRIGGER dpo_desk_answer_acts BEFORE INSERT OR UPDATE OR DELETE ON answer_fact "
        "FOR EACH ROW EXECUTE FUNCTION dpo_desk_answer_acts()",
        # The purge's redaction: the one change the history takes (the append-only trigger checks the rest).
        f"""CREATE OR REPLACE FUNCTION {REDACT}(p_request_id integer) RETURNS integer LANGUAGE plpgsql
        VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE redacted integer;
        BEGIN
            IF NOT {MAY_DECIDE}() THEN {_refuse("purge a case")} END IF;
            IF session_user <> current_user AND NOT EXISTS (
                SELECT 1 FROM request r WHERE r.id = p_request_id AND dpo_desk_sees(r.organisation_id)
            ) THEN
                RAISE EXCEPTION 'request % is not one of your organisations', p_request_id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM request r WHERE r.id = p_request_id AND r.purged_on IS NOT NULL) THEN
                RAISE EXCEPTION 'request % is not purged: its history keeps its details', p_request_id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            UPDATE event SET details = '{REDACTED_JSON}'::json
            WHERE request_id = p_request_id AND details::jsonb <> '{REDACTED_JSON}'::jsonb;
            GET DIAGNOSTICS redacted = ROW_COUNT;
            RETURN redacted;
        END $$""",
        f"REVOKE ALL ON FUNCTION {REDACT}(integer) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {REDACT}(integer) TO {dpo}",
        f"""CREATE OR REPLACE FUNCTION {GRANT_MEMBER}(p_login text, p_role text, p_organisations integer[])
        RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE created boolean := NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login);
                org integer;
        BEGIN
            IF NOT {MAY_DECIDE}() THEN {_refuse("manage the users of the case file")} END IF;
            IF p_role NOT IN ('dpo', 'staff') THEN
                RAISE EXCEPTION 'a member is dpo or staff, not %', p_role USING ERRCODE = 'invalid_parameter_value';
            END IF;
            FOREACH org IN ARRAY coalesce(p_organisations, '{{}}') LOOP
                IF session_user <> current_user AND NOT dpo_desk_sees(org) THEN
                    RAISE EXCEPTION 'organisation % is not one of yours', org USING ERRCODE = 'insufficient_privilege';
                END IF;
            END LOOP;
            IF created THEN EXECUTE format('CREATE ROLE %I LOGIN', p_login); END IF;
            EXECUTE format('GRANT %I TO %I', 'dpo_desk_' || p_role, p_login);
            INSERT INTO member_organisation (login, organisation_id)
                SELECT p_login, unnest(coalesce(p_organisations, '{{}}')) ON CONFLICT DO NOTHING;
            RETURN created;
        END $$""",
        f"REVOKE ALL ON FUNCTION {GRANT_MEMBER}(text, text, integer[]) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {GRANT_MEMBER}(text, text, integer[]) TO {dpo}",
    ]


def apply(conn: Connection, staff: str, dpo: str) -> None:
    run_ddl(conn, statements(staff, dpo))


def redact_history(conn: Connection, request_id: int) -> int:
    """The purge's redaction of a purged case's events, by the server's one function; how many."""
    return int(conn.exec_driver_sql(f"SELECT {REDACT}(%(r)s)", {"r": request_id}).scalar_one())


def grant_member(conn: Connection, login: str, role: str, organisation_ids: list[int]) -> bool:
    """`login` given its role and organisations by the server's one function (a DPO's act, or the
    owner's); True when the login was created (its password is still to be set)."""
    return bool(
        conn.exec_driver_sql(
            f"SELECT {GRANT_MEMBER}(%(login)s, %(role)s, %(orgs)s)",
            {"login": login, "role": role, "orgs": organisation_ids},
        ).scalar_one()
    )
