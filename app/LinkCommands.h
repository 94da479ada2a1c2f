#pragma once

#include "NetworkRecords.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Rapport {

class ReferralStore;

// Undoable edits of referral and "knows" links, and of pinned graph positions. A command
// whose write fails marks itself obsolete; the store has already reported why.

class AddLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::AddLinkCommand)

public:
    AddLinkCommand(ReferralStore* store, const Referral& link, const QString& description);
    void redo() override;
    void undo() override;
    qint64 linkId() const { return m_link.id; }

private:
    ReferralStore* m_store;
    Referral m_link; // its id is kept after the first redo, so redo after undo restores the same link
};

class EditLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::EditLinkCommand)

public:
    EditLinkCommand(ReferralStore* store, const Referral& before, const Referral& after, const QString& description);
    void redo() override;
    void undo() override;

private:
    ReferralStore* m_store;
    Referral m_before;
    Referral m_after;
};

class RemoveLinkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::RemoveLinkCommand)

public:
    RemoveLinkCommand(ReferralStore* store, const Referral& link, const QString& description);
    void redo() override;
    void undo() override;

private:
    ReferralStore* m_store;
    Referral m_link;
};

// A node dragged to a new place (pinned there), or unpinned. The store keeps the pinned
// position; place() moves the node on screen, or lays the graph out again for std::nullopt.
class PinNodeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Rapport::PinNodeCommand)

public:
    using Placer = std::function<void(qint64 contactId, std::optional<QPointF> position)>;

    // before/after: the pinned position, if any. onScreenBefore: where the node was drawn.
    PinNodeCommand(ReferralStore* store, const QString& layout, qint64 contactId, std::optional<QPointF> before,
        std::optional<QPointF> after, QPointF onScreenBefore, const QString& name, Placer place);
    void redo() override;
    void undo() override;

private:
    ReferralStore* m_store;
    QString m_layout;
    qint64 m_contactId;
    std::optional<QPointF> m_before;
    std::optional<QPointF> m_after;
    QPointF m_onScreenBefore;
    Placer m_place;
    bool m_firstRedo = true;
};

} // namespace Rapport
