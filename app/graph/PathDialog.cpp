// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PathDialog.h"

#include "FoldedNameCompleter.h"

#include "GraphPaths.h"

#include <QAbstractItemView>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSet>

namespace Rapport {

PathDialog::PathDialog(const ReferralGraph& graph, qint64 suggestedContact, QWidget* parent)
    : QDialog(parent)
    , m_graph(graph)
{
    setWindowTitle(tr("Path To…"));
    auto* intro = new QLabel(tr("Find the shortest chain of introductions from you to:"), this);
    m_person = new QRadioButton(tr("A &person"), this);
    m_organization = new QRadioButton(tr("Anyone at an &organisation"), this);
    m_person->setChecked(true);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("pathTarget"));
    m_target->setEditable(true);
    m_target->setInsertPolicy(QComboBox::NoInsert);
    m_target->setMinimumWidth(320);
    m_target->setCompleter(new FoldedNameCompleter(m_target->model(), m_target));
    m_target->lineEdit()->setPlaceholderText(tr("Type a name"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Find Path"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* kinds = new QHBoxLayout;
    kinds->addWidget(m_person);
    kinds->addWidget(m_organization);
    kinds->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(kinds);
    layout->addWidget(m_target);
    layout->addWidget(buttons);

    // With the completer's list open, the list takes the Enter that should run the search: it puts
    // the highlighted name in the box (after the box has seen the Enter) and closes. One Enter
    // must do both, so the dialog accepts once the name is in.
    connect(m_target->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_target->completer()->popup()->isVisible())
            QMetaObject::invokeMethod(this, &QDialog::accept, Qt::QueuedConnection);
    });
    connect(m_person, &QRadioButton::toggled, this, &PathDialog::fill);
    fill();
    if (graph.node(suggestedContact))
        m_target->setCurrentIndex(int(m_ids.indexOf(suggestedContact)));
    m_target->setFocus();
    m_target->lineEdit()->selectAll();
}

void PathDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Centred over the main window, and whole on its screen: left to the window system, the
    // dialog could open away from the window, even partly off the screen.
    const QWidget* over = parentWidget() ? parentWidget()->window() : nullptr;
    if (!over)
        return;
    QRect frame = frameGeometry();
    frame.moveCenter(over->frameGeometry().center());
    if (const QScreen* screen = over->screen()) {
        const QRect available = screen->availableGeometry();
        frame.moveLeft(
            qBound(available.left(), frame.left(), qMax(available.left(), available.right() - frame.width())));
        frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - frame.height())));
    }
    move(frame.topLeft());
}

void PathDialog::fill()
{
    m_target->clear();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_ids.clear();
    if (m_person->isChecked()) {
        // Sort keys once per name, and one batch of texts: a network may hold 100,000 people.
        QList<std::pair<QCollatorSortKey, const GraphNode*>> people;
        people.reserve(m_graph.nodes().size());
        for (const GraphNode& node : m_graph.nodes())
            people.append({collator.sortKey(node.name), &node});
        std::sort(
            people.begin(), people.end(), [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
        QStringList texts;
        texts.reserve(people.size());
        for (const auto& [key, node] : std::as_const(people)) {
            texts.append(node->organization.isEmpty()
                    ? node->name
                    : tr("%1 — %2", "person — organisation").arg(node->name, node->organization));
            m_ids.append(node->id);
        }
        m_target->addItems(texts);
        m_target->lineEdit()->setPlaceholderText(tr("Type a name"));
    } else {
        QSet<QString> seen;
        QStringList organizations;
        for (const GraphNode& node : m_graph.nodes()) {
            if (!node.organization.isEmpty() && !seen.contains(node.organization.toCaseFolded())) {
                seen.insert(node.organization.toCaseFolded());
                organizations.append(node.organization);
            }
        }
        std::sort(organizations.begin(), organizations.end(),
            [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
        m_target->addItems(organizations);
        m_target->lineEdit()->setPlaceholderText(tr("Type an organisation"));
    }
    m_target->setCurrentIndex(-1);
    m_target->setEditText(QString());
}

bool PathDialog::toOrganization() const
{
    return m_organization->isChecked();
}

qint64 PathDialog::contactId() const
{
    const QString text = m_target->currentText().simplified();
    if (const int index = m_target->findText(text, Qt::MatchFixedString); index >= 0 && index < m_ids.size())
        return m_ids.at(index);
    // A name typed rather than picked: the one person it means, as on the command line.
    const QList<const GraphNode*> people = GraphPaths::peopleNamed(m_graph, text);
    return people.size() == 1 ? people.first()->id : 0;
}

QStringList PathDialog::candidates() const
{
    QStringList names;
    for (const GraphNode* node : GraphPaths::peopleNamed(m_graph, m_target->currentText()))
        names.append(node->organization.isEmpty()
                ? node->name
                : tr("%1 — %2", "person — organisation").arg(node->name, node->organization));
    return names;
}

QString PathDialog::typedText() const
{
    return m_target->currentText().trimmed();
}

} // namespace Rapport
