package no.pathfin.adapter.cli;

import picocli.CommandLine;

/**
 * Makes the subcommands, giving each the use cases it calls and nothing else. The use cases are opened from the
 * folders the command line names, once, when a command first asks for one: a command that prices nothing never
 * compiles a rule.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final Cli.Opened opened;
    private final Cli.Servers servers;
    private final Cli.ActivityFiles files;

    CommandFactory(Cli cli, Cli.Opener opener, Cli.Servers servers, Cli.ActivityFiles files) {
        this.opened = new Cli.Opened(cli, opener);
        this.servers = servers;
        this.files = files;
    }

    /** A subcommand, with the use cases it calls. */
    Object command(Class<?> type) {
        try {
            return create(type);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the command " + type.getSimpleName(), e);
        }
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Cli.Opened o = opened;
        Object command;
        if (type == CompareCommand.class) {
            command = new CompareCommand(() -> o.get().selectPathways(), () -> o.get().compareVariants(),
                    () -> o.get().compareIncome(), () -> o.get().ruleSets());
        } else if (type == PriceCommand.class) {
            command = new PriceCommand(() -> o.get().selectPathways(), () -> o.get().pricePathway());
        } else if (type == RuleSetsCommand.class) {
            command = new RuleSetsCommand(() -> o.get().ruleSets());
        } else if (type == PathwaysCommand.class) {
            command = new PathwaysCommand(() -> o.get().pathways());
        } else if (type == ServeCommand.class) {
            command = new ServeCommand(options -> servers.start(o.get(true), options));
        } else if (type == GenerateActivityCommand.class) {
            command = new GenerateActivityCommand(files);
        } else if (type == RepriceCommand.class) {
            command = new RepriceCommand(() -> o.get().repriceActivity(), files);
        } else if (type == ImpactCommand.class) {
            command = new ImpactCommand(() -> o.get().selectPathways(), () -> o.get().assessRuleChange(),
                    () -> o.get().assessActivity(), files);
        } else if (type == ProjectCommand.class) {
            command = new ProjectCommand(() -> o.get().projectFinancing(), files);
        } else if (type == RiskCommand.class) {
            command = new RiskCommand(() -> o.get().selectPathways(), () -> o.get().assessDesignRisk());
        } else if (type == QualityPotCommand.class) {
            command = new QualityPotCommand(() -> o.get().ruleSets(), files);
        } else if (type == FixturesCommands.Check.class) {
            command = new FixturesCommands.Check(() -> o.get().checkFixtures(), () -> o.get().checkPlanFixtures());
        } else if (type == FixturesCommands.Approve.class) {
            command = new FixturesCommands.Approve(() -> o.get().checkFixtures());
        } else if (type == ValidateCommand.class) {
            command = new ValidateCommand(() -> o.get(true).validateRuleSets(), () -> o.get(true).ruleSets(),
                    () -> o.get(true).pathways());
        } else {
            return CommandLine.defaultFactory().create(type);
        }
        return type.cast(command);
    }
}
