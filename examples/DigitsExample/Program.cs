// Trains a classifier on the built-in digits, saves it, loads it back and predicts.
using Mlp.Data;
using Mlp.Estimators;
using Mlp.Training;

var digits = EmbeddedDatasets.Digits();
var (trainRows, testRows) = TrainTestSplit.Split(digits.RowCount, 0.2, 42);
var (train, test) = (digits.SelectRows(trainRows), digits.SelectRows(testRows));

var classifier = new MlpClassifier(new TrainingOptions { HiddenLayerSizes = [32], RandomState = 1 });
classifier.Fit(train);
Console.WriteLine($"test accuracy: {classifier.Score(test):F3}");

var path = Path.Combine(Path.GetTempPath(), "digits.model.json");
classifier.Save(path);
var loaded = MlpClassifier.Load(path);
Console.WriteLine($"first test rows: predicted {string.Join(" ", loaded.Predict(test)[..10])}");
Console.WriteLine($"             true labels {string.Join(" ", test.Targets.Take(10))}");
