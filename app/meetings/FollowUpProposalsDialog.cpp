// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowUpProposalsDialog.h"

#include "Clock.h"
#include "ContactStore.h"
#include "DateFields.h"
#include "FollowUpProposals.h"
#include "MeetingCommands.h"
#include "MeetingStore.h"
#include "NetworkSession.h"
#include "ProposedFollowUpsModel.h"
#include "ReferralStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Rapport {

namespace {

// The due date, changed in a date field with a calendar. The column is as wide as that field, so
// editing does not squeeze the date.
class DueDateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        auto* editor = new DateField(parent);
        editor->setObjectName(QStringLiteral("dueEditor"));
        editor->setCalendarPopup(true);
        return editor;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        static_cast<DateField*>(editor)->setDate(index.data(Qt::EditRole).toDate());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        model->setData(index, static_cast<DateField*>(editor)->date(), Qt::EditRole);
    }
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize hint = QStyledItemDelegate::sizeHint(option, index);
        if (m_editorWidth == 0) {
            DateField probe;
            probe.setCalendarPopup(true);
            probe.setDate(index.data(Qt::EditRole).toDate());
            m_editorWidth = probe.sizeHint().width();
        }
        hint.setWidth(qMax(hint.width(), m_editorWidth));
        return hint;
    }

private:
    mutable int m_editorWidth = 0;
};

// The view asks for room for every proposal in full, so the dialog sizes itself from its contents
// (in any language) instead of cutting the lines off.
class ProposalView : public QTreeView
{
public:
    using QTreeView::QTreeView;

    QSize sizeHint() const override
    {
        const int frame = 2 * frameWidth();
        int width = frame + verticalScrollBar()->sizeHint().width(); // room should the list ever scroll
        for (int column = 0; model() && column < model()->columnCount(); ++column)
            width += qMax(sizeHintForColumn(column), header()->sectionSizeHint(column));
        int height = frame + header()->sizeHint().height();
        for (int row = 0; model() && row < model()->rowCount(); ++row)
            height += sizeHintForRow(row);
        return {width, height};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

    // A date still being edited when the dialog is accepted is the date the user means.
    void commitOpenEditor()
    {
        if (QWidget* editor = indexWidget(currentIndex()))
            commitData(editor);
    }
};

} // namespace

namespace {
ProposalView* proposalView(const QString& name, ProposedFollowUpsModel* model, bool datesEditable, QWidget* parent)
{
    auto* list = new ProposalView(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setAllColumnsShowFocus(true);
    list->setModel(model);
    if (datesEditable) {
        list->setItemDelegateForColumn(ProposedFollowUpsModel::DueColumn, new DueDateDelegate(list));
        list->setEditTriggers(QAbstractItemView::AllEditTriggers);
    } else {
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // every column fits: see ProposalView
    QHeaderView* header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProposedFollowUpsModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProposedFollowUpsModel::DueColumn, QHeaderView::ResizeToContents);
    return list;
}
} // namespace

FollowUpProposalsDialog::FollowUpProposalsDialog(bool interview, ProposedFollowUpsModel* proposals,
    ProposedFollowUpsModel* preparation, bool someUnsure, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpProposals"));
    setWindowTitle(interview ? tr("After the Interview") : tr("After the Meeting"));
    auto* layout = new QVBoxLayout(this);
    ProposalView* list = nullptr;
    if (proposals->rowCount() > 0) {
        auto* intro = new QLabel(tr("Well done. Add these follow-ups? Click a due date to change it."), this);
        intro->setWordWrap(true);
        list = proposalView(QStringLiteral("proposalList"), proposals, true, this);
        layout->addWidget(intro);
        layout->addWidget(list);
    }
    if (preparation->rowCount() > 0) {
        // Only a follow-up made for this meeting is known to have prepared it; the others are
        // merely due by its day, so the user says which ones it settled.
        QString text = tr("Mark these done? They were open before the meeting.");
        if (someUnsure)
            text += u' '
                + tr("The unticked ones were not made for this meeting, only due by its day: tick the ones it "
                     "settled.");
        auto* intro = new QLabel(text, this);
        intro->setObjectName(QStringLiteral("preparationIntro"));
        intro->setWordWrap(true);
        layout->addWidget(intro);
        layout->addWidget(proposalView(QStringLiteral("preparationList"), preparation, false, this));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(preparation->rowCount() > 0 ? tr("Update Follow-ups") : tr("Add Follow-ups"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this, list] {
        if (list)
            list->commitOpenEditor();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(sizeHint());
}

void FollowUpProposalsDialog::offer(NetworkSession* session, qint64 meetingId, const QDate& plannedDay, QWidget* parent)
{
    const auto meeting = session->meetings()->meeting(meetingId);
    if (!meeting)
        return;
    const QList<FollowUp> existing = session->meetings()->followUpsOf(meeting->contactId);
    QList<FollowUp> additions;
    if (FollowUpProposals::callsForFollowUps(meeting->kind)) {
        const auto contact = session->store()->contact(meeting->contactId);
        QString referrerName;
        qint64 referrerId = 0;
        for (const Referral& link : session->links()->linksOf(meeting->contactId)) {
            if (link.isReferral() && link.referredId == meeting->contactId && link.referrerId) {
                referrerId = link.referrerId;
                if (const auto referrer = session->store()->summary(referrerId))
                    referrerName = referrer->name;
                break;
            }
        }
        additions = FollowUpProposals::afterInterview(
            *meeting, contact.value_or(Contact()), referrerName, referrerId, existing);
    }
    QList<FollowUp> open;
    QList<bool> ticked;
    for (const auto& prep : FollowUpProposals::preparationFor(*meeting, plannedDay, existing)) {
        open.append(prep.followUp);
        ticked.append(prep.forThisMeeting);
    }
    if (additions.isEmpty() && open.isEmpty())
        return;
    ProposedFollowUpsModel proposals(additions);
    ProposedFollowUpsModel preparation(open, ticked);
    const bool interview = meeting->kind == MeetingKind::InformationalInterview;
    FollowUpProposalsDialog dialog(interview, &proposals, &preparation, ticked.contains(false), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<FollowUp> added = proposals.chosen();
    const QList<FollowUp> closed = preparation.chosen();
    if (added.isEmpty() && closed.isEmpty())
        return;
    QUndoStack* undo = session->undoStack();
    undo->beginMacro(interview && closed.isEmpty() ? tr("Add follow-ups after the interview")
                                                   : tr("Update follow-ups after the meeting"));
    for (const FollowUp& followUp : added)
        undo->push(new AddFollowUpCommand(session->meetings(), followUp));
    const QDateTime now = Clock::currentDateTimeUtc();
    for (const FollowUp& before : closed) {
        FollowUp after = before;
        after.doneAt = now;
        undo->push(new EditFollowUpCommand(session->meetings(), before, after));
    }
    undo->endMacro();
}

} // namespace Rapport
