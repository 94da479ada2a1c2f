#include "QuestionChecklist.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Transaction.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace Rapport {

namespace {
enum Column { QuestionColumn, AnswerColumn };
constexpr int kQuestionIdRole = Qt::UserRole + 1;

// The question is the bank's (edited in the bank); only its tick and the answer change here.
class ReadOnlyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget*, const QStyleOptionViewItem&, const QModelIndex&) const override { return nullptr; }
};
} // namespace

QuestionChecklist::QuestionChecklist(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("questionChecklist"));
    setHeaderLabels({tr("Question (tick when asked)"), tr("Answer")});
    setAccessibleName(tr("Question checklist"));
    setUniformRowHeights(true);
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    setItemDelegateForColumn(QuestionColumn, new ReadOnlyDelegate(this));
    header()->setSectionResizeMode(QuestionColumn, QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemChanged, this, &QuestionChecklist::itemEdited);
}

void QuestionChecklist::load(Database* database, qint64 meetingId)
{
    m_database = database;
    m_meetingId = meetingId;
    m_loading = true;
    clear();
    QList<AskedQuestion> questions;
    try {
        questions = QuestionBank::forMeeting(database->connection(), meetingId);
    } catch (const DatabaseError&) { }
    QHash<QString, QTreeWidgetItem*> groups;
    for (const AskedQuestion& q : std::as_const(questions)) {
        QTreeWidgetItem*& group = groups[q.category];
        if (!group) {
            group = new QTreeWidgetItem(this, {QuestionBank::categoryLabel(q.category)});
            QFont bold = group->font(QuestionColumn);
            bold.setBold(true);
            group->setFont(QuestionColumn, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        auto* item = new QTreeWidgetItem(group, {q.text, q.answer});
        item->setData(QuestionColumn, kQuestionIdRole, q.questionId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(QuestionColumn, q.asked ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(QuestionColumn, q.text);
    }
    expandAll();
    setColumnWidth(QuestionColumn, 340);
    m_loading = false;
}

int QuestionChecklist::askedCount() const
{
    int count = 0;
    for (int g = 0; g < topLevelItemCount(); ++g) {
        for (int i = 0; i < topLevelItem(g)->childCount(); ++i)
            count += topLevelItem(g)->child(i)->checkState(QuestionColumn) == Qt::Checked ? 1 : 0;
    }
    return count;
}

void QuestionChecklist::itemEdited(QTreeWidgetItem* item, int)
{
    if (m_loading || !m_database || !item->parent())
        return;
    AskedQuestion q;
    q.questionId = item->data(QuestionColumn, kQuestionIdRole).toLongLong();
    q.asked = item->checkState(QuestionColumn) == Qt::Checked;
    q.answer = item->text(AnswerColumn);
    // Typing an answer means it was asked.
    if (!q.answer.trimmed().isEmpty() && !q.asked) {
        m_loading = true;
        item->setCheckState(QuestionColumn, Qt::Checked);
        m_loading = false;
        q.asked = true;
    }
    try {
        Transaction transaction(m_database->connection());
        QuestionBank::saveAnswer(m_database->connection(), m_meetingId, q);
        transaction.commit();
    } catch (const DatabaseError& e) {
        emit saveFailed(e.message());
    }
}

} // namespace Rapport
