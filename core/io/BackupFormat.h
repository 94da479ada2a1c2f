// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <span>

namespace Rapport::BackupFormat {

// The JSON backup, version 2 (DESIGN.md): which table each top-level list comes from and how
// each JSON key maps to a column. The writer (JsonExporter) and the reader (BackupRestore) both
// follow these tables, so a field added here travels both ways and cannot be forgotten in one.
constexpr int Version = 2;

enum class Kind {
    Text, // a string; NOT NULL column
    OptionalText, // a string or null
    Integer,
    Real,
    Boolean, // true/false; 0/1 column
    OptionalBoolean, // true, false or null
    Reference, // the uuid of a row of `target`; the column holds its id
    OptionalReference, // the same, or null
    OrganizationName, // contact.organization_id shown as the organisation's name (the version-1 key)
    RowId, // the row id in the network that wrote the file; kept on restore when it is free
    Derived, // written for readers of version 1 (`column` is an SQL expression), ignored on restore
};

struct Field {
    const char* key;
    const char* column;
    Kind kind;
    const char* target = nullptr; // the referenced table, for references
    const char* allowed = nullptr; // the values a text may take, as "a|b|c" (the schema's CHECK)
};

// Children written inside their parent, in position order: e-mails, phones, tags, a meeting's questions.
struct Children {
    const char* key; // in the parent's object
    const char* table;
    const char* parentColumn;
    std::span<const Field> fields; // empty: a list of plain strings from `column`
    const char* column = nullptr;
    // Lists of values are stored at their index; a meeting's questions carry their own position.
    bool positionIsIndex = true;
    const char* tieBreak = "id"; // orders children that share a position
    // Children that are rows of their own (a meeting's questions) merge field by field under this
    // name (SQL over `t`); the others merge as one field of their parent, named `key`.
    const char* changeKey = nullptr;
};

struct Entity {
    const char* key; // the top-level list
    const char* table;
    std::span<const Field> fields;
    std::span<const Children> children = {};
    const char* order = "t.id"; // the order written, stable across export -> restore -> export
    // The row's name in field_change and tombstone (Schema version 7), as SQL over `t`.
    const char* changeKey = "t.uuid";
};

inline constexpr Field kOrganization[] = {
    {"uuid", "uuid", Kind::Text},
    {"name", "name", Kind::Text},
    {"website", "website", Kind::Text},
    {"industry", "industry", Kind::Text},
    {"notes", "notes", Kind::Text},
};

inline constexpr Field kContact[] = {
    {"id", "id", Kind::RowId},
    {"uuid", "uuid", Kind::Text},
    {"firstName", "first_name", Kind::Text},
    {"lastName", "last_name", Kind::Text},
    {"organization", "organization_id", Kind::OrganizationName},
    {"title", "title", Kind::Text},
    {"linkedinUrl", "linkedin_url", Kind::Text},
    {"location", "location", Kind::Text},
    {"stage", "stage", Kind::Text, nullptr,
        "to_contact|reached_out|replied|scheduled|met|following_up|keep_warm|not_pursuing"},
    {"strength", "strength", Kind::Integer},
    {"connectedOn", "connected_on", Kind::OptionalText},
    {"notes", "notes", Kind::Text},
    {"source", "source", Kind::Text},
    {"checkInDays", "check_in_days", Kind::Integer},
    {"createdAt", "created_at", Kind::Text},
    {"updatedAt", "updated_at", Kind::Text},
    // A CSV or vCard import made it: its fields never changed since are the import's (Schema 9).
    {"createdByImport", "created_by_import", Kind::Boolean},
};
inline constexpr Field kEmail[] = {{"label", "label", Kind::Text}, {"address", "address", Kind::Text}};
inline constexpr Field kPhone[] = {{"label", "label", Kind::Text}, {"number", "number", Kind::Text}};
inline constexpr Children kContactChildren[] = {
    {"emails", "contact_email", "contact_id", kEmail},
    {"phones", "contact_phone", "contact_id", kPhone},
    {"tags", "contact_tag", "contact_id", {}, "tag", true, "tag"},
};

inline constexpr Field kReferral[] = {
    {"uuid", "uuid", Kind::Text},
    {"from", "referrer_id", Kind::OptionalReference, "contact"}, // null: Me
    {"to", "referred_id", Kind::Reference, "contact"},
    {"kind", "kind", Kind::Text, nullptr, "referral|knows"},
    {"relation", "relation", Kind::Text},
    {"date", "date", Kind::OptionalText},
    {"note", "note", Kind::Text},
    {"mayUseName", "may_use_name", Kind::OptionalBoolean},
};

inline constexpr Field kMeeting[] = {
    {"id", "id", Kind::RowId},
    {"uuid", "uuid", Kind::Text},
    {"contact", "contact_id", Kind::Reference, "contact"},
    {"kind", "kind", Kind::Text, nullptr, "informational_interview|coffee|call|video_call|email|event|thank_you|other"},
    {"start", "start_at", Kind::Text},
    {"durationMinutes", "duration_minutes", Kind::Integer},
    {"place", "place", Kind::Text},
    {"status", "status", Kind::Text, nullptr, "planned|done|cancelled"},
    {"notes", "notes", Kind::Text},
    {"reflection", "reflection", Kind::OptionalText, nullptr, "drawn|unsure|not_for_me"},
    {"takeaway", "takeaway", Kind::Text},
    {"createdAt", "created_at", Kind::Text},
    {"updatedAt", "updated_at", Kind::Text},
};
inline constexpr Field kMeetingQuestion[] = {
    {"question", "question_id", Kind::Reference, "question"},
    {"asked", "asked", Kind::Boolean},
    {"answer", "answer", Kind::Text},
    {"onSheet", "on_sheet", Kind::Boolean},
    {"position", "position", Kind::Integer},
};
inline constexpr Children kMeetingChildren[] = {
    {"questions", "interaction_question", "interaction_id", kMeetingQuestion, nullptr, false, "question_id",
        "(SELECT uuid FROM interaction WHERE id = t.interaction_id) || '/' || "
        "(SELECT uuid FROM question WHERE id = t.question_id)"},
};

inline constexpr Field kFollowUp[] = {
    {"id", "id", Kind::RowId},
    {"uuid", "uuid", Kind::Text},
    {"contact", "contact_id", Kind::Reference, "contact"},
    {"meeting", "interaction_id", Kind::OptionalReference, "interaction"},
    {"kind", "kind", Kind::Text, nullptr, "|thank_you|linkedin|tell_referrer|check_in"},
    {"due", "due", Kind::Text},
    {"text", "text", Kind::Text},
    {"doneAt", "done_at", Kind::OptionalText},
    {"done", "t.done_at IS NOT NULL", Kind::Derived},
    {"createdAt", "created_at", Kind::Text},
};

inline constexpr Field kQuestion[] = {
    {"uuid", "uuid", Kind::Text},
    {"category", "category", Kind::Text, nullptr, "path|job|organization|field|advice|referrals"},
    {"text", "text", Kind::Text},
    {"position", "position", Kind::Integer},
    {"active", "active", Kind::Boolean},
};

inline constexpr Field kTemplate[] = {
    {"kind", "kind", Kind::Text, nullptr, "request|thank_you|check_in|other"},
    {"name", "name", Kind::Text},
    {"subject", "subject", Kind::Text},
    {"body", "body", Kind::Text},
    {"position", "position", Kind::Integer},
};

inline constexpr Field kGraphPosition[] = {
    {"contact", "contact_id", Kind::Reference, "contact"},
    {"layout", "layout", Kind::Text, nullptr, "layered|force"},
    {"x", "x", Kind::Real},
    {"y", "y", Kind::Real},
};

inline constexpr Field kProfile[] = {
    {"name", "name", Kind::Text},
    {"field", "field", Kind::Text},
    {"introduction", "introduction", Kind::Text},
    {"goals", "goals", Kind::Text},
};

// The LinkedIn archive's message log (Schema 10): a message is known by its person, channel,
// conversation, time and sender; its text is null when only dates and directions are kept.
inline constexpr Field kMessage[] = {
    {"uuid", "uuid", Kind::Text},
    {"contact", "contact_id", Kind::Reference, "contact"},
    {"channel", "channel", Kind::Text, nullptr, "linkedin_message|linkedin_invitation"},
    {"direction", "direction", Kind::Text, nullptr, "in|out"},
    {"sentAt", "sent_at", Kind::Text},
    {"conversation", "conversation_id", Kind::Text},
    {"sender", "sender", Kind::Text},
    {"subject", "subject", Kind::Text},
    {"body", "body", Kind::OptionalText},
};

// The user's own positions and schools, from the archive's Positions.csv and Education.csv.
inline constexpr Field kMyHistory[] = {
    {"uuid", "uuid", Kind::Text},
    {"kind", "kind", Kind::Text, nullptr, "position|education"},
    {"organization", "organization", Kind::Text},
    {"title", "title", Kind::Text},
    {"startedOn", "started_on", Kind::Text},
    {"finishedOn", "finished_on", Kind::Text},
    {"description", "description", Kind::Text},
    {"position", "position", Kind::Integer},
};

// The key of each entry's "changed" object (field -> when it last changed, for fields changed
// since the row was made) and of the top-level list of deletions.
inline constexpr const char* kChangedKey = "changed";
// The fields of "changed" that an import set last, not the user (Schema 9); written when any.
inline constexpr const char* kSetByImportKey = "setByImport";
inline constexpr const char* kDeletedKey = "deleted";

// In restore order: whatever a list refers to comes before it.
inline constexpr Entity kEntities[] = {
    {"organizations", "organization", kOrganization},
    {"questions", "question", kQuestion},
    {"contacts", "contact", kContact, kContactChildren},
    {"referrals", "referral", kReferral},
    {"meetings", "interaction", kMeeting, kMeetingChildren},
    {"followUps", "follow_up", kFollowUp},
    {"templates", "outreach_template", kTemplate, {}, "t.id", "t.kind || '/' || t.name"},
    {"graphPositions", "node_position", kGraphPosition, {}, "t.contact_id, t.layout",
        "(SELECT uuid FROM contact WHERE id = t.contact_id) || '/' || t.layout"},
    {"messages", "message", kMessage},
    {"myHistory", "my_history", kMyHistory},
};

} // namespace Rapport::BackupFormat
