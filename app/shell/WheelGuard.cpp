// SPDX-FileCopyrightText: 2026 Rapport contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace Rapport {

WheelGuard* WheelGuard::instance()
{
    static WheelGuard* guard = new WheelGuard(QCoreApplication::instance());
    return guard;
}

void WheelGuard::guard(QWidget* widget)
{
    widget->setFocusPolicy(Qt::StrongFocus); // not WheelFocus: a wheel turn must not take focus
    widget->installEventFilter(instance());
}

void WheelGuard::guardValuesIn(QWidget* container)
{
    const auto guardIfValue = [](QWidget* widget) {
        if (qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QComboBox*>(widget))
            guard(widget);
    };
    guardIfValue(container);
    for (QWidget* child : container->findChildren<QWidget*>())
        guardIfValue(child);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Wheel && !static_cast<QWidget*>(watched)->hasFocus()) {
        event->ignore(); // handled here, not accepted: it goes on to the scroll area below
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Rapport
