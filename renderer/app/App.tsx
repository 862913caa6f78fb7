export function App() {
  return <main>Levenslijn</main>;
}
