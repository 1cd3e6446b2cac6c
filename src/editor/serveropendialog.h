// Fil ▸ Åpne fra server…: a plan on a PostgreSQL server (issue 15,
// docs/team.md). The server either as a URL line or as host, port, database
// and user; the plans there listed (ServerStore::planNames); the password
// asked for here and never stored (the recent plans keep the URL without it).
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace planverk {

class ServerOpenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerOpenDialog(QWidget *parent = nullptr);

    /// The plan's URL, without a password.
    QString url() const;
    /// The password typed (empty: .pgpass, PGPASSWORD or none).
    QString password() const;

private:
    void fromFields();
    void fromUrl();
    void listPlans();

    QLineEdit *m_url;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_plan;
    QLabel *m_message;
    bool m_updating = false;
};

} // namespace planverk
