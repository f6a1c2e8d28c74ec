using System.CommandLine;
using System.CommandLine.Parsing;
using Mlp.Activations;
using Mlp.Exercises;
using Mlp.Losses;
using Mlp.Networks;

namespace Mlp.Cli.Commands;

/// <summary>
/// The options that state a step problem, shared by <c>mlp step</c> and <c>mlp check</c>: the
/// network, loss, initial parameters, learning rate, reduction and examples, or a problem file.
/// </summary>
internal sealed class ProblemOptions
{
    private readonly Option<string?> layers = new("--layers")
    {
        Description = "Unit counts, input first, such as 4,4,3,3 (4 inputs, hidden layers of 4 and 3, 3 outputs).",
    };

    private readonly Option<string> activation = new("--activation")
    {
        Description = "Hidden activation (identity, logistic, tanh, relu), or a comma list with one per hidden layer.",
        DefaultValueFactory = _ => "tanh",
    };

    private readonly Option<string> output = new("--output")
    {
        Description = "Output activation: identity, logistic or softmax.",
        DefaultValueFactory = _ => "identity",
    };

    private readonly Option<string> loss = new("--loss")
    {
        Description = "Loss: squared-error or cross-entropy.",
        DefaultValueFactory = _ => "squared-error",
    };

    private readonly Option<string> init = new("--init")
    {
        Description = "Every initial weight and bias, such as 0.1, or glorot:SEED for Glorot-uniform draws.",
        DefaultValueFactory = _ => "0.1",
    };

    private readonly Option<string> learningRate = new("--lr")
    {
        Description = "Learning rate η, a positive number.",
        DefaultValueFactory = _ => "0.1",
    };

    private readonly Option<string[]> examples = new("--example")
    {
        Description = "An example: inputs, a colon, targets, such as 1,0,1,0:0,1,0. Repeat it for a batch.",
    };

    private readonly Option<string> reduction = new("--reduction")
    {
        Description = "How a batch's gradients combine: sum or mean.",
        DefaultValueFactory = _ => "sum",
    };

    private readonly Option<string?> problemFile = new("--problem")
    {
        Description = "Read the whole problem from a JSON problem file in place of the options above.",
    };

    private IEnumerable<Option> ProblemFields =>
        [layers, activation, output, loss, init, learningRate, examples, reduction];

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in ProblemFields.Append(problemFile))
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Creates the problem from the parsed options or the problem file.</summary>
    /// <exception cref="OptionValueException">An option is missing, invalid or combined with --problem.</exception>
    /// <exception cref="InvalidDataException">The problem file is invalid.</exception>
    /// <exception cref="IOException">The problem file cannot be read.</exception>
    public StepProblem Create(ParseResult parseResult)
    {
        var file = parseResult.GetValue(problemFile);
        var given = ProblemFields.Where(option => parseResult.GetResult(option) is OptionResult { Implicit: false })
            .Select(option => option.Name)
            .ToArray();
        if (file is not null)
        {
            return given.Length == 0
                ? LoadFile(file)
                : throw new OptionValueException(
                    "--problem",
                    $"--problem '{file}' gives the whole problem, so {string.Join(", ", given)} cannot be added; " +
                    "remove those options or edit the file.");
        }

        var layersText = parseResult.GetValue(layers) ?? throw new OptionValueException(
            "--layers",
            "--layers is missing; give the unit counts such as --layers 4,4,3,3, " +
            "or a problem file with --problem FILE.");
        var sizes = OptionParsing.ParseCounts("--layers", layersText);
        var hidden = ParseActivations(parseResult.GetValue(activation)!, sizes.Length - 2);
        var outputActivation = ParseName(
            "--output",
            parseResult.GetValue(output)!,
            name => ActivationNames.ParseOutput(name));
        return CreateProblem(parseResult, new NetworkShape(sizes, hidden, outputActivation));
    }

    private static StepProblem LoadFile(string path)
    {
        try
        {
            return StepProblemFile.Load(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"--problem '{path}': cannot read the file: {exception.Message}", exception);
        }
    }

    private StepProblem CreateProblem(ParseResult parseResult, NetworkShape shape)
    {
        var initText = parseResult.GetValue(init)!;
        var lossValue = ParseName("--loss", parseResult.GetValue(loss)!, name => LossNames.Parse(name));
        var rateText = parseResult.GetValue(learningRate)!;
        var rate = OptionParsing.ParseNumber("--lr", rateText, rateText.Trim(), "the learning rate");
        var reductionValue = ParseName(
            "--reduction", parseResult.GetValue(reduction)!, name => GradientReductionNames.Parse(name));
        var exampleValues = ExampleOption.ParseAll(parseResult.GetValue(examples) ?? [], shape);
        MultilayerPerceptron<double> network;
        try
        {
            network = InitialParameters.Parse(initText).CreateNetwork(shape);
        }
        catch (FormatException exception)
        {
            throw new OptionValueException("--init", $"--init {exception.Message}");
        }

        try
        {
            return new StepProblem(network, lossValue, rate, reductionValue, exampleValues);
        }
        catch (ArgumentException exception)
        {
            var (option, value) = exception.ParamName switch
            {
                "loss" => ("--loss", parseResult.GetValue(loss)!),
                "learningRate" => ("--lr", rateText),
                _ => ("--example", string.Join(" ", parseResult.GetValue(examples) ?? [])),
            };
            throw OptionValueException.ForValue(option, value, OptionValueException.MessageOf(exception));
        }
    }

    private static Activation[] ParseActivations(string text, int hiddenCount)
    {
        var names = text.Split(',');
        if (names.Length == 1)
        {
            var single = ParseName("--activation", text, name => ActivationNames.ParseHidden(name));
            return Enumerable.Repeat(single, hiddenCount).ToArray();
        }

        if (names.Length != hiddenCount)
        {
            throw OptionValueException.ForValue(
                "--activation",
                text,
                $"{names.Length} activations for {hiddenCount} hidden layer(s); " +
                "give one name, or one per hidden layer.");
        }

        return [.. names.Select(name => ParseName("--activation", text, _ => ActivationNames.ParseHidden(name)))];
    }

    private static T ParseName<T>(string option, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (ArgumentException exception)
        {
            throw OptionValueException.ForValue(option, text, OptionValueException.MessageOf(exception));
        }
    }
}
