// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactMessages.h"

#include "DisplayFormat.h"
#include "ElidedTipDelegate.h"
#include "MessageBoxes.h"
#include "MessageLogModel.h"
#include "NetworkSession.h"
#include "PlaceholderTreeView.h"
#include "ReadFailure.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Rapport {

ContactMessages::ContactMessages(QWidget* parent)
    : QWidget(parent)
    , m_model(new MessageLogModel(this))
{
    setObjectName(QStringLiteral("contactMessages"));
    ViewTextFormat format;
    format.dateTime = DisplayFormat::shortDateTime;
    format.toolTip = DisplayFormat::plainToolTip;
    m_model->setFormat(format);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("messagesLabel"));
    m_list = new PlaceholderTreeView(this);
    m_list->setObjectName(QStringLiteral("contactMessageList"));
    m_list->setAccessibleName(tr("LinkedIn messages"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setMaximumHeight(130);
    m_list->setItemDelegate(new ElidedTipDelegate(m_list));
    m_list->setModel(m_model);
    m_title->setBuddy(m_list);
    connect(m_list, &QTreeView::activated, this, &ContactMessages::showMessage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    hide();
}

void ContactMessages::setSession(NetworkSession* session)
{
    m_session = session;
    setContact(0);
}

void ContactMessages::setContact(qint64 contactId)
{
    m_model->setContact(m_session ? m_session->database().connection() : QSqlDatabase(), m_session ? contactId : 0);
    const int total = m_model->total();
    const QLocale locale;
    m_title->setText(total > m_model->rowCount()
            ? tr("LinkedIn messages (the newest %1 of %2):")
                  .arg(locale.toString(m_model->rowCount()), locale.toString(total))
            : tr("LinkedIn messages (%1):").arg(locale.toString(total)));
    m_list->setPlaceholderText(ReadFailure::inView(m_model->readError()));
    setVisible(total > 0 || !m_model->readError().isEmpty());
}

void ContactMessages::showMessage(const QModelIndex& index)
{
    const QString text = index.data(MessageLogModel::TextRole).toString();
    if (!text.isEmpty())
        MessageBoxes::information(this, index.data().toString().section(QStringLiteral(" · "), 0, 0), text);
}

} // namespace Rapport
