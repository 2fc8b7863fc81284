#include "startupguard.h"

namespace Vigil::Ui {

QString remoteDebuggingProblem(const QStringList &arguments, const QProcessEnvironment &environment)
{
    static const QString flag = QStringLiteral("remote-debugging");
    if (environment.contains(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING")))
        return QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING is set. Vigil does not start with remote debugging on, "
                              "because it would let other programs read what Vigil shows. Unset it and start again.");
    if (environment.value(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")).contains(flag))
        return QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS asks for remote debugging. Vigil does not start with remote "
                              "debugging on; remove that flag and start again.");
    for (const QString &argument : arguments) {
        if (argument.contains(flag))
            return QStringLiteral("The option %1 turns on remote debugging. Vigil does not start with remote "
                                  "debugging on; start it without that option.")
                .arg(argument.section(u'=', 0, 0));
    }
    return {};
}

} // namespace Vigil::Ui
