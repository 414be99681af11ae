// Add-in bundles: the task pane and the ribbon commands. First version; the add-in issue adds the
// dev server, the office.js offline flag and the content security policy.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = (env, argv) => ({
  mode: argv.mode || 'development',
  devtool: argv.mode === 'production' ? false : 'source-map',
  entry: {
    taskpane: './src/taskpane/index.tsx',
    commands: './src/commands/commands.ts',
  },
  output: { path: path.resolve(__dirname, 'dist', 'web'), filename: '[name].[contenthash].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [{ test: /\.tsx?$/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true } }, exclude: /node_modules/ }],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
    new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }),
  ],
});
