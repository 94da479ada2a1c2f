// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuestionBankDialog.h"

#include "Database.h"
#include "DatabaseError.h"
#include "MessageBoxes.h"
#include "QuestionBank.h"
#include "ReadFailure.h"
#include "Transaction.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Rapport {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kCategoryRole = Qt::UserRole + 2;
} // namespace

QuestionBankDialog::QuestionBankDialog(Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("questionBankDialog"));
    setWindowTitle(tr("Question Bank"));
    m_tree->setObjectName(QStringLiteral("questionBankTree"));
    m_tree->setHeaderLabels({tr("Question (untick to stop asking it; double-click to reword)")});
    m_tree->setAccessibleName(tr("Question bank"));
    connect(m_tree, &QTreeWidget::itemChanged, this, &QuestionBankDialog::itemChanged);
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* up = new QPushButton(tr("Move &Up"), this);
    auto* down = new QPushButton(tr("Move &Down"), this);
    connect(add, &QPushButton::clicked, this, &QuestionBankDialog::addQuestion);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(up);
    row->addWidget(down);
    row->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(620, 520);
    load();
}

template <typename Write>
void QuestionBankDialog::write(Write&& body)
{
    try {
        Transaction transaction(m_database.connection());
        body(m_database.connection());
        transaction.commit();
    } catch (const DatabaseError& e) {
        MessageBoxes::warning(this, tr("Question Bank"), tr("The change could not be saved.\n\n%1").arg(e.message()));
    }
}

void QuestionBankDialog::load(qint64 select)
{
    m_loading = true;
    m_tree->clear();
    QList<Question> questions;
    try {
        questions = QuestionBank::all(m_database.connection());
    } catch (const DatabaseError& e) {
        // Still opens, with its categories (adding a question may work): the box says why it is empty.
        ReadFailure::show(isVisible() ? this : parentWidget(), m_database.path(), e.message());
    }
    for (const QString& category : QuestionBank::categories()) {
        auto* group = new QTreeWidgetItem(m_tree, {QuestionBank::categoryLabel(category)});
        group->setData(0, kCategoryRole, category);
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const Question& q : std::as_const(questions)) {
            if (q.category != category)
                continue;
            auto* item = new QTreeWidgetItem(group, {q.text});
            item->setData(0, kIdRole, q.id);
            item->setData(0, kCategoryRole, category);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
            item->setCheckState(0, q.active ? Qt::Checked : Qt::Unchecked);
            if (q.id == select)
                m_tree->setCurrentItem(item);
        }
    }
    m_tree->expandAll();
    m_loading = false;
}

void QuestionBankDialog::itemChanged(QTreeWidgetItem* item)
{
    if (m_loading || !item->parent())
        return;
    Question q;
    q.id = item->data(0, kIdRole).toLongLong();
    q.category = item->data(0, kCategoryRole).toString();
    q.text = item->text(0).trimmed();
    q.active = item->checkState(0) == Qt::Checked;
    if (q.text.isEmpty()) {
        load(q.id); // an emptied question keeps its words
        return;
    }
    write([&](const QSqlDatabase& db) { QuestionBank::update(db, q); });
}

void QuestionBankDialog::addQuestion()
{
    QTreeWidgetItem* current = m_tree->currentItem();
    const QString category = current ? current->data(0, kCategoryRole).toString() : QStringLiteral("advice");
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add Question"),
        tr("A question for “%1”:").arg(QuestionBank::categoryLabel(category)), QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    qint64 id = 0;
    write([&](const QSqlDatabase& db) { id = QuestionBank::add(db, category, text); });
    load(id);
}

void QuestionBankDialog::move(int delta)
{
    QTreeWidgetItem* current = m_tree->currentItem();
    if (!current || !current->parent())
        return;
    const qint64 id = current->data(0, kIdRole).toLongLong();
    write([&](const QSqlDatabase& db) { QuestionBank::move(db, id, delta); });
    load(id);
}

} // namespace Rapport
