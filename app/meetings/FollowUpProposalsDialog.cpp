// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FollowUpProposalsDialog.h"

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

FollowUpProposalsDialog::FollowUpProposalsDialog(ProposedFollowUpsModel* proposals, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpProposals"));
    setWindowTitle(tr("After the Interview"));
    auto* intro = new QLabel(tr("Well done. Add these follow-ups? Click a due date to change it."), this);
    intro->setWordWrap(true);
    auto* list = new ProposalView(this);
    list->setObjectName(QStringLiteral("proposalList"));
    list->setRootIsDecorated(false);
    list->setAllColumnsShowFocus(true);
    list->setModel(proposals);
    list->setItemDelegateForColumn(ProposedFollowUpsModel::DueColumn, new DueDateDelegate(list));
    list->setEditTriggers(QAbstractItemView::AllEditTriggers);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // every column fits: see ProposalView
    QHeaderView* header = list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ProposedFollowUpsModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProposedFollowUpsModel::DueColumn, QHeaderView::ResizeToContents);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Follow-ups"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this, list] {
        list->commitOpenEditor();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(buttons);
    resize(sizeHint());
}

void FollowUpProposalsDialog::offer(NetworkSession* session, qint64 meetingId, QWidget* parent)
{
    const auto meeting = session->meetings()->meeting(meetingId);
    if (!meeting)
        return;
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
    ProposedFollowUpsModel proposals(FollowUpProposals::afterInterview(*meeting, contact.value_or(Contact()),
        referrerName, referrerId, session->meetings()->followUpsOf(meeting->contactId)));
    FollowUpProposalsDialog dialog(&proposals, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QUndoStack* undo = session->undoStack();
    undo->beginMacro(tr("Add follow-ups after the interview"));
    for (const FollowUp& followUp : proposals.chosen())
        undo->push(new AddFollowUpCommand(session->meetings(), followUp));
    undo->endMacro();
}

} // namespace Rapport
