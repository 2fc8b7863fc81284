#pragma once

#include "command.h"

namespace Vigil::Core {
class CslItem;
enum class ExportFormat;
} // namespace Vigil::Core

namespace Vigil::Csl {
struct CslStyle;
}

namespace Vigil::Cli {

// The commands of vigil-library, one class each, one file each (<name>command.cpp).

class BuildCommand final : public Command
{
public:
    BuildCommand();

private:
    int run(const Arguments &args) override;
};

class ImportCommand final : public Command
{
public:
    ImportCommand();

private:
    int run(const Arguments &args) override;
};

class ListCommand final : public Command
{
public:
    ListCommand();

private:
    int run(const Arguments &args) override;
};

class StatsCommand final : public Command
{
public:
    StatsCommand();

private:
    int run(const Arguments &args) override;
};

class SearchCommand final : public Command
{
public:
    SearchCommand();

private:
    int run(const Arguments &args) override;
    bool takesMinusWords() const override { return true; }
};

class ShowCommand final : public Command
{
public:
    ShowCommand();

private:
    int run(const Arguments &args) override;
};

class CheckCommand final : public Command
{
public:
    CheckCommand();

private:
    int run(const Arguments &args) override;
};

class UpgradeCommand final : public Command
{
public:
    UpgradeCommand();

private:
    int run(const Arguments &args) override;
};

class ExportCommand final : public Command
{
public:
    ExportCommand();

private:
    int run(const Arguments &args) override;
    // Writes the items in the format, or as a bibliography in the style when one is given.
    int write(const Arguments &args, const QList<Core::CslItem> &items, Core::ExportFormat format,
        const Csl::CslStyle *style);
};

class PagesCommand final : public Command
{
public:
    PagesCommand();

private:
    int run(const Arguments &args) override;
};

class RemovePageCommand final : public Command
{
public:
    RemovePageCommand();

private:
    int run(const Arguments &args) override;
};

class StylesCommand final : public Command
{
public:
    StylesCommand();

private:
    int run(const Arguments &args) override;
};

class KeygenCommand final : public Command
{
public:
    KeygenCommand();

private:
    int run(const Arguments &args) override;
};

class PackCommand final : public Command
{
public:
    PackCommand();

private:
    int run(const Arguments &args) override;
};

class UnpackCommand final : public Command
{
public:
    UnpackCommand();

private:
    int run(const Arguments &args) override;
};

} // namespace Vigil::Cli
